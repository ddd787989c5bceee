import type { z } from 'zod';
import { formatNumber } from '../format.ts';
import type { Locale } from '../locale.ts';
import { cy } from './cy.ts';
import { type ValidationKey, type ValidationMessages, en } from './en.ts';

/**
 * Schemas say what is wrong as a key (and a limit), never in words: the words depend on who
 * reads them, which only the page or the API answer knows. No Node imports: the schemas
 * that use this run in a browser too.
 */
const catalogues: Record<Locale, ValidationMessages> = { en, cy };

/** A field's first problem, in no language: what a domain error carries and the catalogue words. */
export type FieldProblem = { key: ValidationKey; limit?: number };

const isKey = (message: string): message is ValidationKey => Object.hasOwn(en, message);

/** For a refinement with a limit: `.refine(fits, limited('name.tooLong', 200))`. */
export const limited = (key: ValidationKey, limit: number) => ({ message: key, params: { limit } });

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  const key = isKey(issue.message) ? issue.message : 'input.invalid';
  const limit = issue.code === 'too_big' ? Number(issue.maximum) : issue.code === 'custom' ? Number(issue.params?.['limit']) : NaN;
  return Number.isFinite(limit) ? { key, limit } : { key };
}

/** The first problem with each field, keyed by field name (the contract's `fields`). */
export function fieldProblems(error: z.ZodError): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    problems[String(issue.path[0] ?? 'body')] ??= problemOf(issue);
  }
  return problems;
}

export function problemMessage({ key, limit }: FieldProblem, locale: Locale): string {
  const message = catalogues[locale][key];
  return typeof message === 'function' ? message(formatNumber(limit ?? 0, locale)) : message;
}

/** Each field's problem in words of one language. */
export function fieldMessages(problems: Record<string, FieldProblem>, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problemMessage(problem, locale)]));
}
