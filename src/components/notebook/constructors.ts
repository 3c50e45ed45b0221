/**
 * The function constructors the runtime compiles cells with, taken before the worker's
 * lockdown (`lockdown.ts`) replaces the ones cell code could reach.
 */
type AnyFunction = (...args: unknown[]) => unknown;
export type FunctionMaker = new (...args: string[]) => AnyFunction;

export const SyncFunction = Function as unknown as FunctionMaker;
export const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionMaker;
