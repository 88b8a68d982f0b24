#include "services/IoMessages.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonParseError>

namespace tf {

QString fileProblem(const QFileDevice &file)
{
    const QFileInfo info(file.fileName());
    if (info.isDir())
        return QStringLiteral("sökvägen är en mapp, inte en fil");
    if (!info.absoluteDir().exists())
        return QStringLiteral("mappen %1 finns inte").arg(info.absolutePath());
    switch (file.error()) {
    case QFileDevice::NoError:
        return QStringLiteral("okänt fel");
    case QFileDevice::PermissionsError:
        return QStringLiteral("behörighet saknas");
    case QFileDevice::ReadError:
        return QStringLiteral("filen kunde inte läsas");
    case QFileDevice::WriteError:
    case QFileDevice::ResizeError:
        return QStringLiteral("filen kunde inte skrivas (är disken full?)");
    case QFileDevice::OpenError:
        if (!info.exists() && !(file.openMode() & QIODevice::WriteOnly))
            return QStringLiteral("filen finns inte");
        if (info.exists() && !info.isReadable())
            return QStringLiteral("behörighet saknas");
        return QStringLiteral("filen kunde inte öppnas");
    default:
        return QStringLiteral("filen kunde inte användas");
    }
}

QString jsonProblem(const QJsonParseError &error)
{
    QString reason;
    switch (error.error) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        reason = QStringLiteral("ett objekt avslutas inte med }");
        break;
    case QJsonParseError::MissingNameSeparator:
        reason = QStringLiteral("kolon saknas efter ett namn");
        break;
    case QJsonParseError::UnterminatedArray:
        reason = QStringLiteral("en lista avslutas inte med ]");
        break;
    case QJsonParseError::MissingValueSeparator:
        reason = QStringLiteral("kommatecken saknas mellan två värden");
        break;
    case QJsonParseError::IllegalValue:
        reason = QStringLiteral("ogiltigt värde");
        break;
    case QJsonParseError::TerminationByNumber:
        reason = QStringLiteral("texten tar slut mitt i ett tal");
        break;
    case QJsonParseError::IllegalNumber:
        reason = QStringLiteral("ogiltigt tal");
        break;
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        reason = QStringLiteral("ogiltigt tecken i en text");
        break;
    case QJsonParseError::UnterminatedString:
        reason = QStringLiteral("en text avslutas inte med \"");
        break;
    case QJsonParseError::MissingObject:
        reason = QStringLiteral("ett objekt väntades");
        break;
    case QJsonParseError::DeepNesting:
        reason = QStringLiteral("för djupt nästlat");
        break;
    case QJsonParseError::DocumentTooLarge:
        reason = QStringLiteral("för stort");
        break;
    case QJsonParseError::GarbageAtEnd:
        reason = QStringLiteral("text efter slutet");
        break;
    }
    return QStringLiteral("tecken %1: %2").arg(error.offset).arg(reason);
}

} // namespace tf
