/**
 * Browsers name themselves at length and borrow each other's names (Edge says Chrome, Chrome says
 * Safari); the most specific token, checked first, is the one people know it by.
 */
const TOKENS: readonly [token: string, name: string][] = [
  ['Edg', 'Edge'],
  ['OPR', 'Opera'],
  ['Firefox', 'Firefox'],
  ['Chrome', 'Chrome'],
  ['Version', 'Safari'],
];

export function browserShortName(userAgent: string): string {
  for (const [token, name] of TOKENS) {
    const version = new RegExp(`\\b(?:Headless)?${token}/(\\d+)`).exec(userAgent)?.[1];
    if (version) return `${name} ${version}`;
  }
  return userAgent;
}
