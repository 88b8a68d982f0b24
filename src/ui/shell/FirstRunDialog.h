#pragma once

#include "domain/Person.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace tf {

// Asks on first start who is using Teamforum.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    Person person() const;
    void accept() override;

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
};

} // namespace tf
