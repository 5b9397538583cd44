import { ApiError, errorResponse } from '../../server/http.ts';

export const prerender = false;

/** Unknown API paths answer in the API's JSON format, not with the site's HTML 404 page. */
export const ALL = async () => errorResponse(new ApiError(404, 'not_found', 'There is no such API endpoint.'));
