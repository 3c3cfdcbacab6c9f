/**
 * Names and terms of plain ASCII letters with single spaces between words ("Buenos Aires",
 * "central bank") are split as tokenize would split them, without it: most of the gazetteer's
 * and the taxonomy's tens of thousands of names are such, and tokenizing each was a tenth of
 * the classifier's cold start. Anything else (dots, hyphens, apostrophes, digits, accents)
 * still goes through tokenize.
 */
export const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
/** A plain name in lowercase: every word matches any capitalization (CaseRule.Any). */
export const PLAIN_LOWERCASE = /^[a-z]+(?: [a-z]+)*$/;
/** A plain name whose every word is two or more capitals (Token.allCaps). */
export const PLAIN_ALL_CAPS = /^[A-Z]{2,}(?: [A-Z]{2,})*$/;
