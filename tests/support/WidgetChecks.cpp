#include "support/WidgetChecks.h"

#include "support/Accessibility.h"
#include "support/VisibleText.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/NotesEdit.h"

#include <QTest>

namespace tf::test {

void checkSwedishAndNamed(QWidget *root)
{
    const QStringList unnamed = widgetsWithoutAccessibleName(root);
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList english = englishWords(visibleTexts(root));
    INFO(english.join(QStringLiteral("; ")).toStdString());
    CHECK(english.isEmpty());
}

NotesEdit *notesOf(QWidget *view, const QString &itemTitle)
{
    const auto edits = view->findChildren<NotesEdit *>(QStringLiteral("notesTextEdit"));
    for (NotesEdit *edit : edits) {
        if (edit->accessibleName().endsWith(itemTitle))
            return edit;
    }
    return nullptr;
}

void openShown(MeetingModeView &view, qint64 meetingId, bool start, qint64 agendaItemId)
{
    view.openMeeting(meetingId, start, agendaItemId);
    waitShown(view);
}

} // namespace tf::test
