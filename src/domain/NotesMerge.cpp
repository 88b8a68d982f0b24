#include "domain/NotesMerge.h"

namespace tf {

QString mergeNotes(const QString &base, const QString &theirs, const QString &mine)
{
    if (mine == theirs || mine == base)
        return theirs; // nothing of mine to add
    if (theirs == base || theirs.isEmpty())
        return mine;
    const QString separator = QStringLiteral("\n");
    if (!base.isEmpty() && theirs.startsWith(base) && mine.startsWith(base)) {
        QString added = mine.mid(base.size());
        while (!added.isEmpty() && added.front().isSpace())
            added.remove(0, 1);
        return theirs + separator + added;
    }
    return theirs + separator + mine;
}

bool notesMergeWithoutChoice(const QString &base, const QString &theirs, const QString &mine)
{
    return mine == theirs || mine == base || theirs == base || theirs.isEmpty()
        || (theirs.startsWith(base) && mine.startsWith(base));
}

} // namespace tf
