#pragma once

#include <QString>

#include <utility>

// A value checked from user input, or the sentence explaining why it was refused.
template<typename T>
struct Validated
{
    T value {};
    QString error;

    bool isValid() const { return error.isEmpty(); }

    static Validated accept(T v) { return Validated {std::move(v), QString()}; }
    static Validated refuse(QString why) { return Validated {T {}, std::move(why)}; }
};
