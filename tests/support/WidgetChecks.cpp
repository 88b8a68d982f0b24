#include "support/WidgetChecks.h"

#include "support/Accessibility.h"
#include "support/VisibleText.h"

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

} // namespace tf::test
