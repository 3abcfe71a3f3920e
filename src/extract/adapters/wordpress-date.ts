/**
 * Reads the dates WordPress themes print for people ("21 décembre 2015 à 18 h 05 min",
 * "December 21, 2015 at 6:05 pm", "1. November 2023 um 11:54 Uhr", "29.07.2020 // 12:56")
 * into an ISO 8601 local time without an offset, or null when the text is no date.
 */

const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'enero', 'ene', 'gennaio', 'janeiro', 'januari', 'styczeń', 'января', 'январь'],
  ['february', 'feb', 'février', 'févr', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari', 'luty', 'февраля', 'февраль'],
  ['march', 'mar', 'mars', 'märz', 'marzo', 'março', 'maart', 'marzec', 'марта', 'март'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile', 'kwiecień', 'апреля', 'апрель'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'мая', 'май'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'junho', 'czerwiec', 'июня', 'июнь'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'julho', 'lipiec', 'июля', 'июль'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpień', 'августа', 'август'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'wrzesień', 'сентября', 'сентябрь'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'outubro', 'październik', 'октября', 'октябрь'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'ноября', 'ноябрь'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dicembre', 'dezembro', 'grudzień', 'декабря', 'декабрь'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');
const WORD = '([\\p{L}]+)\\.?';

export function parseDateText(raw: string | null | undefined): string | null {
  const s = (raw ?? '').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s || s.length > 120) return null;
  const date = dayMonthYear(s);
  if (!date) return null;
  const [y, mo, d] = date;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const ymd = `${y}-${pad(mo)}-${pad(d)}`;
  const t = /(\d{1,2}) ?(?::|h) ?(\d{2})(?: ?min)?(?::(\d{2}))?(?: ?([ap])\.? ?m\b\.?)?/u.exec(s.replace(/\b\d{4}\b/, ' '));
  if (!t) return ymd;
  let h = Number(t[1]);
  if (t[4] === 'p' && h < 12) h += 12;
  if (t[4] === 'a' && h === 12) h = 0;
  if (h > 23 || Number(t[2]) > 59) return ymd;
  return `${ymd}T${pad(h)}:${t[2]}:${t[3] ?? '00'}`;
}

function dayMonthYear(s: string): [number, number, number] | null {
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(s);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  // 21 décembre 2015, 1. November 2023, 26 de abril de 2022
  m = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.? (?:de )?${WORD},? (?:de )?(\\d{4})`, 'u').exec(s);
  if (m && MONTHS[m[2]]) return [Number(m[3]), MONTHS[m[2]], Number(m[1])];
  // December 21, 2015
  m = new RegExp(`${WORD} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'u').exec(s);
  if (m && MONTHS[m[1]]) return [Number(m[3]), MONTHS[m[1]], Number(m[2])];
  return null;
}
