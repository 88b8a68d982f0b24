#include "ui/shell/RolePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tf {

RolePage::RolePage(const QString &title, const QString &duties, QWidget *parent)
    : QWidget(parent)
{
    auto *label = new QLabel(QStringLiteral("<h2>%1</h2>%2").arg(title.toHtmlEscaped(), duties), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addStretch();
}

} // namespace tf
