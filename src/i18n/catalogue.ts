/**
 * The message catalogue: one module per namespace and language. English is the reference; every other language
 * must have exactly its keys (TypeScript checks the shape, `catalogue.test.ts` the key sets, plural forms
 * included: Chinese repeats `_one` as `_other`, though it reads only `_other`). Pure data.
 */
import { en } from './en';
import type { Language } from './language';
import type { Messages } from './messages';
import { zh } from './zh';

export type Catalogue = typeof en;
export type Namespace = keyof Catalogue;

export const CATALOGUES: Readonly<Record<Language, Messages<Catalogue>>> = { en, zh };
