/** A count in the reader's locale ("1,234", "1.234"). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
