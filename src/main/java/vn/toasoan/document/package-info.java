/**
 * The registry of official documents (văn bản): symbols such as "14-KH/ĐU" read into number, type and issuer,
 * attached files checked by their bytes, and the links from article text to the documents it cites.
 */
package vn.toasoan.document;
