// Exposes the page-side extraction to benchmark pages: the same code the content script runs.
import { extractPage } from '../src/extract';

(globalThis as unknown as { CommentLens: unknown }).CommentLens = { extractPage };
