#pragma once

#include <QString>

#include <random>

namespace tf {

// Swedish-looking names and minute sentences for generated databases. Every
// choice comes from the caller's random engine, so a seed gives one result.
class TextBank
{
public:
    explicit TextBank(std::mt19937_64 &random);

    QString firstName();
    QString lastName();
    QString fullName() { return firstName() + QLatin1Char(' ') + lastName(); }
    // A note of one to four sentences as a secretary would write them.
    QString minuteNote(const QString &clientName);
    QString actionText(const QString &clientName);
    QString raisedItemTitle(const QString &clientName);

private:
    int below(int count);

    std::mt19937_64 &m_random;
};

} // namespace tf
