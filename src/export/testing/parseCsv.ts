/**
 * An RFC 4180 reader for the tests, written apart from the writer so a shared mistake cannot hide:
 * quoted fields may hold commas, doubled quotes and line breaks; records end in \n or \r\n.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else if (char === '"' || char === '\r') throw new Error(`unquoted ${JSON.stringify(char)} at offset ${i}`);
    else field += char;
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (field !== '' || record.length) records.push([...record, field]);
  return records;
}
