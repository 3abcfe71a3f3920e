import { describe, expect, it, vi } from 'vitest';
import { onDeviceAvailable, rewriteKeyPoints } from './on-device';

const fake = (availability: string, out = 'Résumé.') => {
  const summarize = vi.fn(async () => out);
  const destroy = vi.fn();
  return {
    scope: { Summarizer: { availability: vi.fn(async () => availability), create: vi.fn(async () => ({ summarize, destroy })) } },
    summarize,
    destroy,
  };
};

describe('on-device key point rewriting', () => {
  it.each([
    ['available', true],
    ['downloadable', false],
    ['downloading', false],
    ['unavailable', false],
  ])('availability %s -> offered %s', async (answer, offered) => {
    expect(await onDeviceAvailable('fr', fake(answer).scope)).toBe(offered);
  });

  it('asks about the discussion\'s language as output language', async () => {
    const f = fake('available');
    await onDeviceAvailable('fr', f.scope);
    expect(f.scope.Summarizer.availability).toHaveBeenCalledWith(expect.objectContaining({ outputLanguage: 'fr' }));
  });

  it('is not offered where the browser has no summarizer, or where asking throws', async () => {
    expect(await onDeviceAvailable('en', {})).toBe(false);
    expect(await onDeviceAvailable('en', { Summarizer: { availability: () => Promise.reject(new Error('x')), create: () => null } })).toBe(false);
  });

  it('feeds the extractive key points and frees the model after', async () => {
    const f = fake('available', 'Prolongation des sanctions de l’UE.');
    const out = await rewriteKeyPoints(['L’UE prolonge les sanctions.', 'Visas pour l’Ukraine, la Géorgie et le Kosovo.'], 'fr', f.scope);
    expect(out).toBe('Prolongation des sanctions de l’UE.');
    expect(f.summarize).toHaveBeenCalledWith('- L’UE prolonge les sanctions.\n- Visas pour l’Ukraine, la Géorgie et le Kosovo.', expect.anything());
    expect(f.destroy).toHaveBeenCalled();
  });
});
