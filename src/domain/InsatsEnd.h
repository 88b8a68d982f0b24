#pragma once

#include <QString>
#include <QStringList>

namespace tf {

// Why a client's insats ended: the keys stored in client.insats_end_reason.
// "flyttat" (moved), "avlidit" (died), "avslutad" (ended otherwise).
QStringList insatsEndReasons();
bool isInsatsEndReason(const QString &key);
// The reason as the views show it: "Flyttat", "Avlidit", "Avslutad".
QString insatsEndReasonLabel(const QString &key);

} // namespace tf
