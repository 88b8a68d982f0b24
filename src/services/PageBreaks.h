#pragma once

class QTextDocument;

namespace tf {

// Moves what would stand alone at the foot of a page to the next page of a
// paginated document (one with a page size): a heading keeps the first
// line after it, a table its header row and first row. QTextDocument has
// no "keep with next"; a page break before such a heading or table gives
// the same result. Tables with a header row repeat it on every page.
void keepTogetherOnPages(QTextDocument &document);

} // namespace tf
