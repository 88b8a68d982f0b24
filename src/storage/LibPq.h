#pragma once

#include <libpq-fe.h>

namespace tf {

// The few libpq functions the program calls on Qt's PostgreSQL connection,
// taken from the libpq that Qt's PostgreSQL driver loaded. The program does
// not link libpq itself: a start on SQLite would load it, and the twenty
// libraries it needs (Kerberos, LDAP, SASL, TLS), for nothing, before the
// window's first paint.
struct LibPq
{
    decltype(&PQstatus) status = nullptr;
    decltype(&PQtransactionStatus) transactionStatus = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQbackendPID) backendPid = nullptr;
};

// Only for a connection's handle: the driver has loaded libpq by then.
const LibPq &libpq();

} // namespace tf
