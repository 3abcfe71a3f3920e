import { describe, expect, it } from 'vitest';
import type { PopupState } from './connector';
import { createConnector, type ConnectorDeps } from './connector-flow';
import { syntheticAnalysis } from './test-data';

/** The popup's questions and states in the order they happen, with a paint the test lets happen. */
function harness(answers: { preview: boolean }, asked?: (first: unknown) => ConnectorDeps['asked']) {
  const log: string[] = [];
  const states: PopupState[] = [];
  let paint: () => void = () => undefined;
  const whole = syntheticAnalysis({ comments: 300, seed: 3 });
  const first = { ...whole, comments: whole.comments.slice(0, 200) };
  const deps: ConnectorDeps = {
    targetTab: async () => 7,
    send: (async (msg: { type: string }) => {
      log.push(`send ${msg.type}`);
      switch (msg.type) {
        case 'preview-tab':
          return answers.preview ? { status: 'ok', analysis: first, preview: true } : { status: 'ok', analysis: whole };
        case 'get-annotations':
          return { on: false };
        case 'analyze-tab':
          return { status: 'ok', analysis: whole };
        default:
          return undefined;
      }
    }) as ConnectorDeps['send'],
    frameApi: { contains: async () => true, request: async () => true, storage: { get: async () => ({}), set: async () => undefined } },
    afterPaint: () =>
      new Promise<void>((resolve) => {
        log.push('wait for paint');
        paint = () => {
          log.push('painted');
          resolve();
        };
      }),
    openOptions: () => undefined,
    asked: asked?.({ status: 'ok', analysis: first, preview: true }),
  };
  const connector = createConnector(deps);
  connector.start((s) => {
    states.push(s);
    log.push(`state ${s.kind}${s.kind === 'ready' ? ` ${s.analysis.comments.length}${s.preview ? ' preview' : ''}` : ''}`);
  });
  return { log, states, paint: () => paint() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the popup connector', () => {
  it('asks for the whole reading only once the first look is painted', async () => {
    const h = harness({ preview: true });
    await settle();
    expect(h.log).toContain('send preview-tab');
    expect(h.log.slice(-2)).toEqual(['state ready 200 preview', 'wait for paint']);
    expect(h.log).not.toContain('send analyze-tab');
    h.paint();
    await settle();
    expect(h.log.slice(-3)).toEqual(['painted', 'send analyze-tab', 'state ready 300']);
    const last = h.states.at(-1);
    expect(last?.kind === 'ready' && last.preview).toBeFalsy();
  });

  it('waits for no paint when the first answer is already the whole reading', async () => {
    const h = harness({ preview: false });
    await settle();
    expect(h.log.slice(-1)).toEqual(['state ready 300']);
    expect(h.log).not.toContain('wait for paint');
    expect(h.log).not.toContain('send analyze-tab');
  });

  it('takes the first answer asked before its modules ran, without asking again', async () => {
    const h = harness({ preview: false }, (first) => Promise.resolve({ id: 7, first, ann: { on: true } } as never));
    await settle();
    expect(h.log.filter((l) => l.startsWith('send'))).toEqual([]);
    expect(h.log.slice(-2)).toEqual(['state ready 200 preview', 'wait for paint']);
    h.paint();
    await settle();
    expect(h.log.slice(-2)).toEqual(['send analyze-tab', 'state ready 300']);
    const last = h.states.at(-1);
    expect(last?.kind === 'ready' && last.annotationsOn).toBe(true);
  });

  it('asks itself when the early question failed', async () => {
    const h = harness({ preview: false }, () => Promise.reject(new Error('no receiving end')));
    await settle();
    expect(h.log.filter((l) => l.startsWith('send'))).toEqual(['send preview-tab', 'send get-annotations']);
    expect(h.log.slice(-1)).toEqual(['state ready 300']);
  });
});
