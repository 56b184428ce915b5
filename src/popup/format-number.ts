/** Building an Intl.NumberFormat costs far more than using one: every actor chip shows a count. */
const formats = new Map<string, Intl.NumberFormat>();

/** A count in the reader's locale ("1,234", "1.234"). */
export function formatNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format(value);
}
