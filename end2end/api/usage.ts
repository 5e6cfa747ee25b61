// How a site written in TypeScript uses the JavaScript API, type-checked by types.test.mjs with
// `tsc --strict`. The `@ts-expect-error` lines must fail to type-check: they show that the
// types refuse what the API does not take (with loose types, the check itself fails).
import init, { interpret, parseReport, version } from "../../dist/api/her2_core.js";
import type { CheckCode, Her2Explanation, Her2Warning, Her2Discordance, Her2Input, Her2Result, IshFinding, NoteCode, OtherCancer, ParsedReport, Status } from "../../dist/api/her2_core.js";

await init();

const input: Her2Input = { cancer: "breast", ihc_score: "2+", ish_ratio: 2.3, avg_her2_copies: 5.1 };
const result: Her2Result = interpret(input);
const status: Status = result.status;
const group: 1 | 2 | 3 | 4 | 5 | null = result.ish_group;
const low: boolean | null = result.her2_low;
const problems: string[] = result.errors.map((e) => `${e.field} ${e.code}: ${e.message}`);
interpret({ ihc_score: null, cells_counted: undefined, recount_confirmed: true });
const disagree: Her2Discordance | null = result.discordance;
const finding: IshFinding | undefined = disagree?.ish;
const alone: boolean = disagree?.ihc3_positive_alone ?? false;
const notes: NoteCode[] = result.notes;
const toCheck: Her2Warning[] = result.warnings;
const checkCodes: CheckCode[] = toCheck.map((w) => w.code);
const meant: (number | null)[] = toCheck.map((w) => w.suggestion);
const bowel: OtherCancer = "colorectal";
const unsupported: Her2Result = interpret({ cancer: bowel, ihc_score: "3+" });
const unsupportedCode: boolean = unsupported.errors.some((e) => e.code === "unsupported_cancer");

const parsed: ParsedReport = parseReport("HER2 (IHC): 3+");
const again: Her2Result = interpret(parsed.fields);
const where: number[] = parsed.found.map((f) => f.end - f.start);
const conflicts = parsed.warnings.filter((w) => w.code === "conflict").map((w) => w.field);
const unmarkedChecklist: boolean = parsed.warnings.some((w) => w.code === "checklist_unmarked" && w.field === "ihc_score");
const guidelines: string[] = version().guidelines;

// The explanation in plain words, in English (the default) or Spanish.
const words: Her2Explanation | null = interpret(input, { lang: "es" }).explanation;
const headline: string | undefined = words?.headline;
const questions: readonly string[] = result.explanation?.questions ?? [];
const disagreement: readonly string[] = words?.disagreement?.results ?? [];

// @ts-expect-error "4+" is not an IHC score.
interpret({ ihc_score: "4+" });
// @ts-expect-error A ratio is a number, not text.
interpret({ ish_ratio: "2.3" });
// @ts-expect-error No field of the API has this name.
interpret({ her2_score: "3+" });
// @ts-expect-error A status is never "low" (HER2-low is her2_low).
const never = result.status === "low";
// @ts-expect-error next_step names what happens next, never a status.
const wrong = result.next_step === "positive";
// @ts-expect-error "liver" is neither a cancer the tool reads nor one it names as another cancer.
interpret({ cancer: "liver" });
// @ts-expect-error A warning code is one of the CheckCode values.
const badCheck: CheckCode = "ratio_low";
// @ts-expect-error A language is named by its code, a text.
interpret(input, { lang: 2 });
// @ts-expect-error The explanation's headline is a text, never missing when there is an explanation.
const noHeadline: undefined = words?.headline;
// @ts-expect-error The explanation is frozen: copy it to change it.
words?.questions.push("Another question");
// @ts-expect-error A note is one of the NoteCode values.
const badNote = result.notes.includes("her2_high");

export { status, group, low, problems, again, where, conflicts, guidelines, never, wrong, finding, alone, notes, unsupportedCode, badNote, checkCodes, meant, badCheck, headline, questions, disagreement, noHeadline };
