/**
 * The report form's answers and the checks the browser makes before queueing them. They
 * mirror the server's (required, integer range, text length, time format) so an observer
 * fixes a slip on the spot instead of after a sync; the server checks everything again,
 * cross-field rules included, and its field errors are shown next to the questions.
 */
import type { AnswerInput, ObserverFormQuery } from '../gql/graphql';

export type FormVersion = NonNullable<NonNullable<ObserverFormQuery['form']['version']>>;
export type Question = FormVersion['questions'][number];

export interface Answer {
  value?: string;
  choices?: number[];
}
export type Answers = Record<string, Answer>;

/** A problem as a translation key of the observer namespace, with its parameters. */
export interface Problem {
  key: 'required' | 'notWholeNumber' | 'atLeast' | 'atMost' | 'between' | 'tooLong' | 'badTime';
  params?: Record<string, number>;
}

const WHOLE_NUMBER = /^-?\d+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isEmpty(question: Question, answer: Answer | undefined): boolean {
  if (question.type === 'MULTIPLE_CHOICE') return !answer?.choices || answer.choices.length === 0;
  return !answer?.value || answer.value.trim() === '';
}

function rangeProblem(question: Question, n: number): Problem | null {
  const { min, max } = question;
  if (min != null && max != null && (n < min || n > max)) return { key: 'between', params: { min, max } };
  if (min != null && n < min) return { key: 'atLeast', params: { min } };
  if (max != null && n > max) return { key: 'atMost', params: { max } };
  return null;
}

export function checkAnswer(question: Question, answer: Answer | undefined): Problem | null {
  if (isEmpty(question, answer)) return question.required ? { key: 'required' } : null;
  const value = answer?.value?.trim() ?? '';
  switch (question.type) {
    case 'INTEGER':
      if (!WHOLE_NUMBER.test(value)) return { key: 'notWholeNumber' };
      return rangeProblem(question, Number(value));
    case 'TEXT':
      return value.length > question.maxLength ? { key: 'tooLong', params: { max: question.maxLength } } : null;
    case 'TIME':
      return TIME.test(value) ? null : { key: 'badTime' };
    default:
      return null;
  }
}

export function checkAnswers(questions: readonly Question[], answers: Answers): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const question of questions) {
    const problem = checkAnswer(question, answers[question.code]);
    if (problem) problems.set(question.code, problem);
  }
  return problems;
}

/** What submitReport takes: answered questions only, choices for multiple choice. */
export function toAnswerInputs(questions: readonly Question[], answers: Answers): AnswerInput[] {
  const inputs: AnswerInput[] = [];
  for (const question of questions) {
    const answer = answers[question.code];
    if (isEmpty(question, answer)) continue;
    if (question.type === 'MULTIPLE_CHOICE') {
      inputs.push({ question: question.code, choices: [...(answer?.choices ?? [])].sort((a, b) => a - b) });
    } else {
      inputs.push({ question: question.code, value: answer?.value?.trim() });
    }
  }
  return inputs;
}

/** Back from a queued input, to reopen an item that needs fixing. */
export function fromAnswerInputs(inputs: readonly AnswerInput[]): Answers {
  const answers: Answers = {};
  for (const input of inputs) {
    answers[input.question] = input.choices ? { choices: [...input.choices] } : { value: input.value ?? '' };
  }
  return answers;
}

/**
 * Which question a server field error is about: the field names the question code, alone or
 * as the last part of a path ("answers.AB", "answers[AB]"). Null for the whole report.
 */
export function questionOfField(field: string | null, codes: readonly string[]): string | null {
  if (!field) return null;
  const parts = field.split(/[.[\]/:]+/).filter(Boolean);
  return [...parts].reverse().find((part) => codes.includes(part)) ?? null;
}

/** A label in the language, else English, else the first one. */
export function localized(labels: ReadonlyArray<{ language: string; text: string }>, language: string, fallback = ''): string {
  return (
    labels.find((l) => l.language === language)?.text ?? labels.find((l) => l.language === 'en')?.text ?? labels[0]?.text ?? fallback
  );
}
