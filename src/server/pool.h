// Pool<T>: per-request resources (Store connections, Pipeline workers) lent to
// the HTTP worker threads. A borrowed object is used by one thread at a time
// and comes back to the pool when its Lease ends; the pool opens a new one
// only when all are busy, so it never holds more than the peak number of
// concurrent requests. Thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::server {

template <class T>
class Pool {
 public:
  using Factory = std::function<Result<std::unique_ptr<T>>()>;

  // `max_idle`: how many returned objects are kept for reuse (others are freed).
  Pool(Factory factory, size_t max_idle) : factory_(std::move(factory)), max_idle_(max_idle) {}

  class Lease {
   public:
    Lease() = default;
    Lease(Pool* pool, std::unique_ptr<T> obj) : pool_(pool), obj_(std::move(obj)) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), obj_(std::move(o.obj_)) {}
    Lease& operator=(Lease&& o) noexcept {
      Release();
      pool_ = o.pool_;
      obj_ = std::move(o.obj_);
      return *this;
    }
    ~Lease() { Release(); }
    T* operator->() const { return obj_.get(); }
    T& operator*() const { return *obj_; }
    // Drops the object instead of returning it (e.g. a connection in a bad state).
    void Discard() { obj_.reset(); }

   private:
    void Release() {
      if (pool_ && obj_) pool_->Return(std::move(obj_));
    }
    Pool* pool_ = nullptr;
    std::unique_ptr<T> obj_;
  };

  // An idle object, or a new one from the factory (whose error is returned).
  Result<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        std::unique_ptr<T> obj = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(obj));
      }
    }
    Result<std::unique_ptr<T>> made = factory_();
    if (!made.ok()) return made.status();
    return Lease(this, std::move(made.value()));
  }

  // Puts an already-made object in the pool (e.g. the connection opened at start-up).
  void Return(std::unique_ptr<T> obj) {
    std::lock_guard<std::mutex> lock(mu_);
    if (idle_.size() < max_idle_) idle_.push_back(std::move(obj));
  }

 private:
  Factory factory_;
  size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<T>> idle_;
};

}  // namespace dyad::server
