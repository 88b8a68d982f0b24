#include "domain/Personnummer.h"

namespace tf {

namespace {

const QChar kHyphen = QLatin1Char('-');
const QChar kPlus = QLatin1Char('+');

// Samordningsnummer have 60 added to the day of birth.
const int kSamordningOffset = 60;

QString emptyMessage()
{
    return QStringLiteral("Personnumret är tomt.");
}

QString charactersMessage()
{
    return QStringLiteral(
        "Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.");
}

QString manySeparatorsMessage()
{
    return QStringLiteral("Personnumret får bara innehålla ett bindestreck eller plustecken.");
}

QString lengthMessage()
{
    return QStringLiteral("Personnumret ska ha 10 eller 12 siffror.");
}

QString separatorPositionMessage()
{
    return QStringLiteral(
        "Bindestrecket eller plustecknet ska stå direkt före de fyra sista siffrorna.");
}

QString plusWithFullYearMessage()
{
    return QStringLiteral("Plustecken kan bara användas med tvåsiffrigt årtal (ÅÅMMDD+NNNN). "
                          "Med fyrsiffrigt årtal skrivs ett bindestreck (ÅÅÅÅMMDD-NNNN).");
}

QString monthMessage(int month)
{
    return QStringLiteral("Månaden %1 finns inte. Månaden ska vara 01–12.")
        .arg(month, 2, 10, QLatin1Char('0'));
}

QString dateText(int year, int month, int day)
{
    const QChar zero = QLatin1Char('0');
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, zero)
        .arg(month, 2, 10, zero)
        .arg(day, 2, 10, zero);
}

QString dateMessage(int year, int month, int day)
{
    return QStringLiteral("Datumet %1 finns inte.").arg(dateText(year, month, day));
}

QString samordningDateMessage(int year, int month, int day)
{
    return QStringLiteral(
        "Samordningsnumret motsvarar datumet %1 (dagen %2 minus 60), som inte finns.")
        .arg(dateText(year, month, day))
        .arg(day + kSamordningOffset);
}

QString futureMessage(const QDate &date)
{
    return QStringLiteral("Datumet %1 ligger i framtiden.")
        .arg(dateText(date.year(), date.month(), date.day()));
}

QString checkDigitMessage()
{
    return QStringLiteral(
        "Kontrollsiffran stämmer inte. Kontrollera att alla siffror är rätt inskrivna.");
}

PersonnummerResult failure(const QString &message)
{
    PersonnummerResult result;
    result.error = message;
    return result;
}

// QChar::isDigit() also accepts non-ASCII digits, which a personnummer never has.
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSeparator(QChar c)
{
    return c == kHyphen || c == kPlus;
}

// Checks the shape of the (trimmed) text; returns an error message or an empty string.
QString formatError(const QString &text)
{
    int separators = 0;
    for (const QChar c : text) {
        if (isSeparator(c))
            ++separators;
        else if (!isAsciiDigit(c))
            return charactersMessage();
    }
    if (separators > 1)
        return manySeparatorsMessage();

    const int digitCount = text.size() - separators;
    if (digitCount != 10 && digitCount != 12)
        return lengthMessage();

    if (separators == 0)
        return QString();
    const int separatorIndex = text.size() - 5;
    if (!isSeparator(text.at(separatorIndex)))
        return separatorPositionMessage();
    // With a four-digit year the century is explicit, so "+" would be contradictory.
    if (digitCount == 12 && text.at(separatorIndex) == kPlus)
        return plusWithFullYearMessage();
    return QString();
}

// The Luhn algorithm over YYMMDDNNN, as Skatteverket specifies.
int luhnCheckDigit(const QString &nineDigits)
{
    int sum = 0;
    for (int i = 0; i < nineDigits.size(); ++i) {
        const int product = nineDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(const QString &tenDigits)
{
    return luhnCheckDigit(tenDigits.left(9)) == tenDigits.at(9).digitValue();
}

int dateKey(int year, int month, int day)
{
    return year * 10000 + month * 100 + day;
}

// Picks the most recent century that does not put the date after today; "+" (100 years or
// older) goes back one more century. The comparison uses plain numbers so that even an
// impossible date such as 02-30 gets a year, which the error message can then show.
int resolveYear(int yy, int month, int day, bool plus, const QDate &today)
{
    int year = today.year() / 100 * 100 + yy;
    if (dateKey(year, month, day) > dateKey(today.year(), today.month(), today.day()))
        year -= 100;
    if (plus)
        year -= 100;
    return year;
}

} // namespace

PersonnummerResult validatePersonnummer(const QString &input, const QDate &today)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(emptyMessage());

    const QString formatProblem = formatError(text);
    if (!formatProblem.isEmpty())
        return failure(formatProblem);

    const bool plus = text.contains(kPlus);
    QString digits = text;
    digits.remove(kHyphen).remove(kPlus);
    const bool fullYear = digits.size() == 12;
    const QString tenDigits = digits.right(10);

    const int month = tenDigits.mid(2, 2).toInt();
    if (month < 1 || month > 12)
        return failure(monthMessage(month));

    const int enteredDay = tenDigits.mid(4, 2).toInt();
    const bool samordning = enteredDay > kSamordningOffset;
    const int day = samordning ? enteredDay - kSamordningOffset : enteredDay;
    const int yy = tenDigits.left(2).toInt();
    const int year = fullYear ? digits.left(4).toInt() : resolveYear(yy, month, day, plus, today);

    const QDate date(year, month, day);
    if (!date.isValid()) {
        return failure(
            samordning ? samordningDateMessage(year, month, day) : dateMessage(year, month, day));
    }
    if (date > today)
        return failure(futureMessage(date));
    if (!hasValidCheckDigit(tenDigits))
        return failure(checkDigitMessage());

    PersonnummerResult result;
    result.valid = true;
    result.samordningsnummer = samordning;
    // Keep the day as entered (with 60 added for samordningsnummer); only the century is added.
    result.normalized = QStringLiteral("%1%2-%3")
                            .arg(year / 100, 2, 10, QLatin1Char('0'))
                            .arg(tenDigits.left(6), tenDigits.right(4));
    return result;
}

QString makePersonnummer(const QDate &birthDate, int birthNumber)
{
    const QString nine = birthDate.toString(QStringLiteral("yyMMdd"))
        + QStringLiteral("%1").arg(birthNumber % 1000, 3, 10, QLatin1Char('0'));
    return birthDate.toString(QStringLiteral("yyyyMMdd")) + kHyphen + nine.right(3)
        + QString::number(luhnCheckDigit(nine));
}

QDate birthDateOf(const QString &personnummer)
{
    const PersonnummerResult result = validatePersonnummer(personnummer);
    if (!result.valid)
        return {};
    const QString digits = result.normalized.left(8);
    const int day = digits.mid(6, 2).toInt() - (result.samordningsnummer ? kSamordningOffset : 0);
    return QDate(digits.left(4).toInt(), digits.mid(4, 2).toInt(), day);
}

std::optional<int> ageOn(const QString &personnummer, const QDate &day)
{
    const QDate birth = birthDateOf(personnummer);
    if (!birth.isValid() || !day.isValid() || day < birth)
        return std::nullopt;
    int years = day.year() - birth.year();
    // The birthday this year; 29 February falls on 1 March in other years.
    QDate birthday(day.year(), birth.month(), birth.day());
    if (!birthday.isValid())
        birthday = QDate(day.year(), 3, 1);
    if (day < birthday)
        --years;
    return years;
}

} // namespace tf
