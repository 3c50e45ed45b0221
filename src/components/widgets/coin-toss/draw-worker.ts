/**
 * The coin toss's draw worker: draws and indexes a new seed off the page's main thread, so a new
 * seed at 10⁶ tosses does not hold up the reader's next input (`draw-service.ts`). The arrays go
 * back transferred; the page returns buffers it lets go (`recycle`), and they are filled again.
 */
import { serveDraws, type DrawWorkerScope } from './draw-service.ts';

serveDraws(self as unknown as DrawWorkerScope);
