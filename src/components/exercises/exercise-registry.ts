/**
 * Every lesson's exercise set (`sets/<lesson-slug>.ts`), found by folder, for the build:
 * `findExercise(id)` gives the exercise and the name of its set (the client loads that set's
 * module lazily by name, see `exercise-client.ts`). Exercise ids are unique across the site.
 */
import type { Exercise, ExerciseSet } from './exercise-types.ts';

const modules = import.meta.glob<{ exercises: ExerciseSet }>('./sets/*.ts', { eager: true });

/** The set name of a module path: `./sets/entropy.ts` → `entropy`. */
export const setName = (path: string): string => path.replace(/^.*\/|\.ts$/g, '');

export interface FoundExercise {
  readonly set: string;
  readonly exercise: Exercise;
}

/** All exercises by id; throws at build time when two sets use the same id. */
export function allExercises(): Map<string, FoundExercise> {
  const found = new Map<string, FoundExercise>();
  for (const [path, module] of Object.entries(modules)) {
    for (const [id, exercise] of Object.entries(module.exercises)) {
      if (found.has(id)) throw new Error(`exercise id "${id}" is used by two sets`);
      found.set(id, { set: setName(path), exercise });
    }
  }
  return found;
}

export function findExercise(id: string): FoundExercise {
  const found = allExercises().get(id);
  if (!found) throw new Error(`no exercise with id "${id}" in src/components/exercises/sets/`);
  return found;
}
