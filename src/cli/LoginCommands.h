#pragma once

class QCommandLineParser;

namespace tf {

struct CliContext;

// add-person, grant-login and revoke-login: how municipal IT brings people
// in on a shared PostgreSQL database (docs/postgresql-access.md).
void addLoginOptions(QCommandLineParser &parser);
int runAddPerson(CliContext &context);
int runGrantLogin(CliContext &context);
int runRevokeLogin(CliContext &context);

} // namespace tf
