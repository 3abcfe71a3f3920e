/**
 * Small per-language word lists for signals. Written folded (lower case, no accents, ’ as the
 * apostrophe) because they are matched against folded text. They describe words, never people:
 * a hit is reported with the word that triggered it. A marker written "^me too" counts only as the
 * comment's first words: inside a sentence it says something else ("das habe ich auch", "fixed for me too").
 */
const set = (s: string) => new Set(s.split(/\s*,\s*/).filter(Boolean));
const list = (s: string) => s.split(/\s*,\s*/).filter(Boolean);

/** Words that make a comment a greeting or thanks rather than an argument. */
export const GREETINGS: Record<string, ReadonlySet<string>> = {
  fr: set('bonjour, bonsoir, salut, coucou, merci, bravo, felicitations, mdr, lol, ptdr, cordialement, amities, super, genial, excellent, top'),
  en: set('hi, hello, hey, thanks, thank, thx, congrats, congratulations, lol, great, awesome, nice, cheers, regards, welcome, wow, cool'),
  // Folded, "Grüße" is "gruße" (ß stays) and the Swiss "Grüsse" "grusse". Not "liebe" ("Liebe Grüße", but "ich liebe…").
  de: set('hallo, danke, servus, gruß, gruße, gruss, grusse, herzliche, herzlichen, lg, gluckwunsch, toll, super, prima, lol'),
  es: set('hola, gracias, saludos, genial, felicidades, buenisimo, lol'),
  it: set('ciao, grazie, saluti, bravo, complimenti, ottimo, lol'),
  pt: set('ola, obrigado, obrigada, parabens, otimo, saudacoes, lol'),
  ru: set('привет, спасибо, здравствуите, благодарю, супер, класс'),
};

/**
 * Words that address or sign off with a greeting ("Liebe Annette", "Liebe Grüße", "Dear Sir") but also
 * mean something else ("ich liebe…"): no key phrase by themselves, but content words of a sentence.
 */
export const SALUTATIONS: Record<string, ReadonlySet<string>> = {
  de: set('liebe, lieber, liebes, lieben'),
  en: set('dear'),
};

/** Words that open a sentence continuing the one before it ("He does. And so does Gio."). */
export const CONTINUATIONS: Record<string, ReadonlySet<string>> = {
  fr: set('et, mais, donc, or, car, puis'),
  en: set('and, but, or, because, then, yet'),
  de: set('und, aber, denn, also, oder, doch'),
  es: set('y, pero, pues, o, porque, entonces'),
  it: set('e, ma, quindi, o, perche, poi'),
  pt: set('e, mas, pois, ou, porque, entao'),
  ru: set('и, но, а, или, потому, так'),
};

/** Insults and name-calling. Matched as whole words, or as parts of hyphenated names. */
export const INSULTS: Record<string, readonly string[]> = {
  fr: list('con, cons, conne, connard, connards, connasse, cretin, cretins, idiot, idiots, idiote, imbecile, imbeciles, abruti, abrutis, debile, debiles, minable, minables, salaud, salauds, ordure, ordures, bouffon, bouffons, guignol, guignols, tare, tares, pourri, pourris, escroc, escrocs, menteur, menteurs, menteuse, bourrin, bourrins, laquais, larbin, larbins, raclure, enfoire, enfoires, nazi, nazis, facho, fachos, gauchiasse, troll, trolls, ramollis, ramolli, clown, clowns, neuneu, branleur, branleurs, salopard, saloperie, vendu, vendus, traitre, traitres'),
  en: list('idiot, idiots, idiotic, stupid, moron, morons, moronic, dumb, fool, fools, foolish, loser, losers, jerk, jerks, clown, clowns, troll, trolls, liar, liars, scum, scumbag, pathetic, imbecile, cretin, dimwit, halfwit, nutjob, nutcase, shill, shills, sheep, sheeple, bastard, bastards, asshole, assholes, retard, retarded, lunatic, lunatics, hypocrite, hypocrites, traitor, traitors, nazi, nazis, fascist, fascists, commie, commies, snowflake, snowflakes, coward, cowards'),
  de: list('idiot, idioten, dumm, dummkopf, trottel, depp, deppen, vollidiot, luegner, arschloch, schwachkopf, spinner, nazi, nazis'),
  es: list('idiota, idiotas, estupido, estupida, imbecil, tonto, tonta, payaso, mentiroso, cretino, gilipollas, pendejo'),
  it: list('idiota, idioti, stupido, stupida, imbecille, cretino, cretini, buffone, bugiardo, deficiente, coglione'),
  pt: list('idiota, idiotas, estupido, imbecil, burro, palhaco, mentiroso, cretino, otario, babaca'),
  ru: list('идиот, идиоты, дурак, дураки, тупои, кретин, лжец, клоун, придурок, дебил, тролль'),
};

export const AGREEMENT: Record<string, readonly string[]> = {
  fr: list('d’accord, tout a fait, exactement, absolument, bien dit, bravo, entierement, effectivement, je confirme, vous avez raison, tu as raison, c’est vrai, ^moi aussi, +1'),
  en: list('agree, agreed, exactly, absolutely, well said, good point, fair point, indeed, you’re right, you are right, so true, spot on, ^me too, ^same here, +1'),
  de: list('genau, stimmt, einverstanden, richtig, sehr wahr, du hast recht, sie haben recht, ^ich auch, +1'),
  es: list('de acuerdo, exacto, totalmente, tienes razon, cierto, ^yo tambien, +1'),
  it: list('d’accordo, esatto, assolutamente, hai ragione, verissimo, ^anch’io, +1'),
  pt: list('concordo, exatamente, com certeza, tem razao, verdade, ^eu tambem, +1'),
  ru: list('согласен, согласна, точно, именно, верно, правильно, ^я тоже, +1'),
};

export const DISAGREEMENT: Record<string, readonly string[]> = {
  fr: list('pas d’accord, faux, n’importe quoi, ridicule, absurde, au contraire, pas du tout, je ne crois pas, vous vous trompez, tu te trompes, foutaises, c’est faux, archi faux, mensonge'),
  en: list('disagree, wrong, nonsense, not true, ridiculous, absurd, on the contrary, no way, rubbish, bullshit, false, you’re wrong, that’s not, not at all'),
  de: list('falsch, unsinn, quatsch, blodsinn, stimmt nicht, im gegenteil, nicht einverstanden'),
  es: list('falso, tonteria, absurdo, no es cierto, al contrario, en desacuerdo'),
  it: list('falso, sciocchezze, assurdo, non e vero, al contrario, in disaccordo'),
  pt: list('falso, absurdo, bobagem, nao e verdade, pelo contrario, discordo'),
  ru: list('неправда, ерунда, чушь, бред, не согласен, наоборот, ложь'),
};
