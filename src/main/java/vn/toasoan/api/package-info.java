/**
 * The admin JSON API at {@code /api/v1/admin}: named API tokens bound to a member of staff (created and revoked by
 * administrators at {@code /quan-tri/token}), the stateless bearer-token security in front of the API, the
 * endpoints for articles, categories, documents and media, which go through the same services as the newsroom
 * pages, and the OpenAPI document that describes them.
 */
package vn.toasoan.api;
