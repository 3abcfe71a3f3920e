import { expect, test } from 'vitest';
import { parseDateText } from './wordpress-date';

test.each([
  ['21 décembre 2015 à 18 h 05 min', '2015-12-21T18:05:00'],
  ['December 21, 2015 at 6:05 pm', '2015-12-21T18:05:00'],
  ['September 12, 2018 at 12:47 am', '2018-09-12T00:47:00'],
  ['1. November 2023 um 11:54 Uhr', '2023-11-01T11:54:00'],
  ['26 abril 2022 a las 14:02', '2022-04-26T14:02:00'],
  ['15. April 2019', '2019-04-15'],
  ['29.07.2020 // 12:56', '2020-07-29T12:56:00'],
  ['8. April 2019 @ 11:38', '2019-04-08T11:38:00'],
  ['April 12, 2018, 04:34:23 UTC', '2018-04-12T04:34:23'],
  ['2015-12-21 18:05', '2015-12-21T18:05:00'],
  ['il y a 3 jours', null],
  ['Répondre', null],
  ['', null],
])('%s -> %s', (text, iso) => {
  expect(parseDateText(text)).toBe(iso);
});
