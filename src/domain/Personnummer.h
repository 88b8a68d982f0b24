#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tf {

struct PersonnummerResult
{
    bool valid = false;
    // Always the 12-digit form "YYYYMMDD-NNNN" when valid, empty otherwise.
    QString normalized;
    // True when the day had 60 added (samordningsnummer).
    bool samordningsnummer = false;
    // A clear Swedish message for the user when invalid, empty when valid.
    QString error;
};

// Validates a Swedish personnummer or samordningsnummer according to Skatteverket's rules.
// Accepted forms: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN and YYYYMMDDNNNN,
// with surrounding whitespace ignored. `today` decides the century of 10-digit input and
// which dates lie in the future; it is a parameter so tests can fix it.
PersonnummerResult validatePersonnummer(
    const QString &input, const QDate &today = QDate::currentDate());

// Builds the valid personnummer "YYYYMMDD-NNNN" for a birth date and a
// birth number 0–999 (used to generate realistic test data).
QString makePersonnummer(const QDate &birthDate, int birthNumber);

// The birth date a valid personnummer or samordningsnummer (day minus 60)
// states; invalid for anything else.
QDate birthDateOf(const QString &personnummer);
// Whole years of age on `day` (a 29 February birthday counts on 1 March in
// other years); empty when the number states no birth date or `day` is
// before it.
std::optional<int> ageOn(const QString &personnummer, const QDate &day);

} // namespace tf
