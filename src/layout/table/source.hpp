// Where the table engine's rows come from: one table, or a long work plan a piece at a time so
// that it never exists as one table (a 201,400-row plan expanded whole took 2/3 of the memory).
// Pieces share the columns and header rows and end where no row span or kept row crosses.
#pragma once

#include <cstddef>

#include "model/model.hpp"

namespace naskah::layout::table {

class TableSource {
public:
    virtual ~TableSource() = default;
    /// The next piece, valid until the next call or restart(); null when none is left.
    virtual const model::Table* next() = 0;
    /// Whether the piece last given was the last.
    virtual bool done() const = 0;
    virtual void restart() = 0;
    /// Rows of the whole table (header, column numbers, body), for the size limits.
    virtual std::size_t total_rows() const = 0;
};

class OneTable : public TableSource {
public:
    explicit OneTable(const model::Table& t) : t_(t) {}
    const model::Table* next() override { return given_ ? nullptr : (given_ = true, &t_); }
    bool done() const override { return given_; }
    void restart() override { given_ = false; }
    std::size_t total_rows() const override { return t_.header.size() + (t_.column_numbers ? 1 : 0) + t_.body.size(); }

private:
    const model::Table& t_;
    bool given_ = false;
};

class WorkPlanSource : public TableSource {
public:
    // A piece of about 512 rows is a few pages: its cells cost about a megabyte.
    static constexpr std::size_t kRows = 512;
    WorkPlanSource(const model::WorkPlan& plan, const model::WorkPlanColumns& cols) : pieces_(plan, cols) {}
    const model::Table* next() override { return pieces_.next(kRows); }
    bool done() const override { return pieces_.done(); }
    void restart() override { pieces_.restart(); }
    std::size_t total_rows() const override { return pieces_.total_rows(); }

private:
    model::WorkPlanPieces pieces_;
};

}  // namespace naskah::layout::table
