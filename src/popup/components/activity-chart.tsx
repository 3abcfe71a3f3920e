import { useT } from '../i18n';
import { formatDate } from './format';
import type { Bucket } from './overview-model';

const W = 360;
const H = 56;

/** Comments over time as a small bar chart, with a text equivalent for screen readers. */
export function ActivityChart({ buckets }: { buckets: Bucket[] }) {
  const t = useT();
  if (buckets.length === 0) return <p class="cl-muted">{t('activityNoTimes')}</p>;
  const max = Math.max(...buckets.map((b) => b.count));
  const peak = buckets.find((b) => b.count === max) as Bucket;
  const first = formatDate(new Date(buckets[0].start).toISOString(), t.lang, true);
  const last = formatDate(new Date(buckets[buckets.length - 1].end).toISOString(), t.lang, true);
  const label = t('activityLabel', first, last, formatDate(new Date(peak.start).toISOString(), t.lang, true), max);
  const bw = W / buckets.length;
  return (
    <figure class="cl-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label={label} preserveAspectRatio="none">
        {buckets.map((b, i) => {
          const h = max ? Math.max(b.count ? 2 : 0, Math.round((b.count / max) * (H - 4))) : 0;
          return (
            <rect key={i} class="cl-bar" x={i * bw + 1} y={H - h} width={Math.max(1, bw - 2)} height={h}>
              <title>{t.n('activityBar', b.count, formatDate(new Date(b.start).toISOString(), t.lang, true))}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="cl-chart-axis" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </figcaption>
    </figure>
  );
}
