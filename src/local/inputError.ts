// The one error of the command line's inputs: a file, option or CSV line it cannot take.

/** A problem with the input files: one line naming the file (and line); the CLI exits with code 2. */
export class InputError extends Error {}
