/**
 * The address to print for a person to open: a server listening on every interface (0.0.0.0, ::) is reached
 * at localhost on this machine; a specific host stays as it is.
 */
export function browserAddress(url: string): string {
  return url.replace(/^http:\/\/(0\.0\.0\.0|\[::\])(?=:)/, 'http://localhost');
}
