import type { Connector, PopupActions, PopupState } from './connector';

export interface ActionCall {
  name: keyof PopupActions;
  args: unknown[];
}

export interface MockConnector extends Connector {
  /** Every action called, in order. */
  calls: ActionCall[];
  /** Sends another state to the popup (a test moving from loading to ready...). */
  emit(state: PopupState): void;
}

export interface MockOptions {
  /** States sent after 'loading', in order (defaults to the one given). */
  sequence?: PopupState[];
  /** Delay before the result, in ms; 0 sends it synchronously from `start`. */
  delayMs?: number;
  /** What `copy` answers. */
  copyResult?: boolean;
  annotationsOn?: boolean;
  /** The reader's answer when asked for a comment frame's permission: granted drops the
   * frame from the ready state (as a fresh reading would), refused marks it refused. */
  frameGranted?: boolean;
}

/**
 * A connector that plays recorded states instead of asking the background:
 * for component tests and the screenshot harness. Actions are recorded; turning
 * annotations on or off answers with the ready state updated, as a real tab would.
 */
export function createMockConnector(state: PopupState, opts: MockOptions = {}): MockConnector {
  let onState: ((s: PopupState) => void) | null = null;
  let last: PopupState = state;
  const calls: ActionCall[] = [];
  const record = (name: keyof PopupActions, ...args: unknown[]) => calls.push({ name, args });
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const play = () => {
    const states = opts.sequence ?? [state];
    const send = () => states.forEach((s) => connector.emit(s));
    if (!opts.delayMs) return send();
    const id = setTimeout(() => {
      timers.delete(id);
      send();
    }, opts.delayMs);
    timers.add(id);
  };

  const connector: MockConnector = {
    calls,
    annotationsOn: opts.annotationsOn ?? false,
    emit(s) {
      last = s;
      onState?.(s);
    },
    start(cb) {
      onState = cb;
      cb({ kind: 'loading' });
      play();
      return () => {
        onState = null;
        timers.forEach(clearTimeout);
      };
    },
    actions: {
      refresh() {
        record('refresh');
        onState?.({ kind: 'loading' });
        play();
      },
      jumpTo: (id) => record('jumpTo', id),
      setAnnotations(on) {
        record('setAnnotations', on);
        connector.annotationsOn = on;
        if (last.kind === 'ready') connector.emit({ ...last, annotationsOn: on });
      },
      async copy(text) {
        record('copy', text);
        return opts.copyResult ?? true;
      },
      download: (filename, mime, text) => record('download', filename, mime, text),
      openOptions: () => record('openOptions'),
      readFrame(frame) {
        record('readFrame', frame);
        if (last.kind !== 'ready') return;
        const { frame: _gone, ...rest } = last;
        connector.emit(opts.frameGranted ? rest : { ...rest, frame: { ...frame, refused: true } });
      },
    },
  };
  return connector;
}
