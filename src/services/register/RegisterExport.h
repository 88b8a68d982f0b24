#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/io/ImportColumns.h"

#include <QByteArray>

namespace tf {

class Workspace;

// Units, staff or clients as CSV for other systems, in the columns that
// RegisterImport recognises without a mapping (exportHeader), so an
// exported file imports back unchanged: UTF-8 with byte order mark,
// semicolon, CRLF, as Excel in Swedish writes it. Staff named in a client
// row (kontaktman, sjuksköterska) are written by login, else e-mail, else
// name. Exporting clients is a read of their personal data, recorded in the
// access log for each client with purpose.
class RegisterExport
{
public:
    explicit RegisterExport(Workspace &workspace);

    QByteArray csv(RegisterKind kind, AccessPurpose purpose = AccessPurpose::CommandLine);
    // The number of rows the last csv() wrote.
    int rowCount() const { return m_rows; }

private:
    Workspace &m_workspace;
    int m_rows = 0;
};

} // namespace tf
