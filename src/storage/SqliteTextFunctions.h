#pragma once

class QSqlDatabase;

namespace tf {

// SQL functions the program's own statements use on a SQLite connection
// (never the schema: a table, index or trigger that named one could not be
// read by another program). teamforum_nfc(text): the text composed (NFC),
// so a note stored decomposed (NFD, as some keyboards and pasted text give
// it) is indexed as the composed words the search looks for.
void addTextFunctions(QSqlDatabase &db);

} // namespace tf
