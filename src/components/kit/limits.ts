/** Longest raw URL parameter value that is even looked at (a 10-outcome list needs far less). */
export const MAX_PARAM_LENGTH = 400;
