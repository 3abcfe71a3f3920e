export interface TestServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}
/** Serves `root` (default: test/fixtures) on 127.0.0.1 at a free port. */
export function startServer(root?: string): Promise<TestServer>;
