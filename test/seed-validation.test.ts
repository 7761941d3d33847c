// The seed validator, without a database: each kind of bad file is refused with a message naming the file,
// the item and the field; the shipped seed files pass.
import { readSeedGraph, SeedValidationError } from '../seed/corpus';
import { SEED_DIR } from '../seed/load';
import { brokenSeedDir } from './helpers/seed';

const CNN = 'facts/cnn-2024-03-22-blinken-israel.yaml';
const TRT = 'facts/trtworld-2024-03-22-netanyahu-rafah.yaml';

function problemsOf(dir: string): string[] {
  try {
    readSeedGraph(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('the seed files were accepted');
}

describe('the seed validator', () => {
  it('accepts the curated seed files', () => {
    expect(() => readSeedGraph(SEED_DIR)).not.toThrow();
  });

  it('refuses a file that is not YAML, naming it', () => {
    const dir = brokenSeedDir(CNN, (text) => `${text}\n  - [unclosed`);
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/facts\/cnn-2024-03-22-blinken-israel\.yaml: cannot be read: /)]);
  });

  it('names the item and field of a value outside its enum, and what is accepted', () => {
    const dir = brokenSeedDir(CNN, (text) => text.replace('    type: MEETING\n    status: PLANNED\n    date: 2024-03-22\n    place: tel-aviv', '    type: MEETING\n    status: MAYBE\n    date: 2024-03-22\n    place: tel-aviv'));
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/cnn-2024-03-22-blinken-israel\.yaml: events\[2\]\.status \(id: blinken-netanyahu-meeting-2024-03-22\): Invalid option: expected one of "OCCURRED"\|"ONGOING"\|"PLANNED"\|"EXPECTED"\|"PROPOSED"\|"HYPOTHETICAL"/);
  });

  it('refuses a day no calendar has', () => {
    const dir = brokenSeedDir(CNN, (text) => text.replace('    date: 2024-03-20\n    evidence: In an interview Wednesday', '    date: 2024-02-30\n    evidence: In an interview Wednesday'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining('(id: blinken-interview-2024-03-20): 2024-02-30 is not a day of the calendar')]);
  });

  it('refuses a measure outside the vocabulary, and a unit its measure does not count', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('measure: people wounded, value: 74298, unit: people', 'measure: people injured, value: 74298, unit: people').replace('measure: members, value: 15, unit: members', 'measure: members, value: 15, unit: seats'));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/claims\[8\]\.measure \(id: trt-wounded-74298\): Invalid option: expected one of "people killed"\|/),
      expect.stringContaining('claims[9].unit (id: trt-security-council-size): "members" is counted in "members"'),
    ]);
  });

  it('refuses a report time without its UTC offset, and a curated id that a generated corpus would use', () => {
    const dir = brokenSeedDir(CNN, (text) => text.replace('reportedAt: 2024-03-22T10:30+02:00', 'reportedAt: 2024-03-22T10:30').replace('id: cnn-blinken-some-improvement', 'id: syn-blinken-some-improvement'));
    expect(problemsOf(dir)).toEqual([
      expect.stringContaining('reportedAt: must be a date and time with its UTC offset, such as 2024-03-22T10:30+02:00'),
      expect.stringContaining('statements[8].id (id: syn-blinken-some-improvement): must not start with "syn-"'),
    ]);
  });

  it('refuses a date that is not ISO', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('date: 2024-W13\n    place: washington\n    evidence:\n      - potentially', 'date: next week\n    place: washington\n    evidence:\n      - potentially'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining('events[8].date (id: washington-talks-israeli-delegation): must be an ISO date: 2024, 2024-03, 2024-03-22 or 2024-W13')]);
  });

  it('refuses evidence whose words are not in the article', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('position: ABSTAIN, evidence: Guyana abstained. }', 'position: ABSTAIN, evidence: Guyana voted in favour. }'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining('votes[3].evidence: the words "Guyana voted in favour." do not occur in trtworld-2024-03-22-netanyahu-rafah.txt')]);
  });

  it('refuses evidence whose words occur twice unless it says which', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('position: ABSTAIN, evidence: Guyana abstained. }', 'position: ABSTAIN, evidence: Security Council }'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining('votes[3].evidence: the words "Security Council" occur 2 times in trtworld-2024-03-22-netanyahu-rafah.txt; write { quote: …, occurrence: 1 to 2 } to say which')]);
  });

  it('refuses a reference to an entity that exists nowhere', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('{ voter: russia,', '{ voter: rusia,'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining('votes[0].voter: "rusia" is neither in seed/entities.yaml nor an event of any facts file')]);
  });

  it('refuses a reference to an entity of the wrong kind', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('{ person: joe-biden,', '{ person: united-states,'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining('roles[2].person: "united-states" is a country; expected person')]);
  });

  it('refuses two articles that disagree on what an event is', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace("    name: Blinken's sixth Middle East trip since 7 October\n    type: TRIP", "    name: Blinken's sixth Middle East trip since 7 October\n    type: VISIT"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/events\[0\] \(id: blinken-sixth-middle-east-trip\)\.type: "(VISIT|TRIP)" differs from "(TRIP|VISIT)" in .*; an event reported by several articles has one type/)]);
  });

  it('refuses a facts file whose article is not in articles.json', () => {
    const dir = brokenSeedDir(CNN, (text) => text.replace('article: cnn-2024-03-22-blinken-israel', 'article: cnn-2024-03-23-unknown'));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/facts\/cnn-2024-03-22-blinken-israel\.yaml: article: "cnn-2024-03-23-unknown" has no entry in seed\/articles\/articles\.json \(expected "file": "cnn-2024-03-23-unknown\.txt"\)$/),
    );
  });

  it('reports an id used twice once, with how often', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace(/(statements:\n {2}- id: )([a-z0-9-]+)\n([\s\S]*?\n {2}- id: )[a-z0-9-]+\n/, '$1$2\n$3$2\n'));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^statement id "[a-z0-9-]+" is used 2 times; each statement needs an id of its own$/);
  });

  it('reports every problem at once', () => {
    const dir = brokenSeedDir(TRT, (text) => text.replace('{ voter: russia,', '{ voter: rusia,').replace('evidence: Guyana abstained. }', 'evidence: Guyana voted in favour. }'));
    expect(problemsOf(dir)).toHaveLength(2);
  });
});
