#include "support/WidgetChecks.h"

#include "support/Accessibility.h"
#include "support/VisibleText.h"
#include "ui/minutes/NotesEdit.h"

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

} // namespace tf::test
