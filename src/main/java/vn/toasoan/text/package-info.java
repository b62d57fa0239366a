/**
 * Vietnamese text, a shared kernel every module may use and that uses none: NFC and tone marks, slugs, folding for
 * search, dictionary order, dates and numbers in words, and the cleaning of typed text.
 */
package vn.toasoan.text;
