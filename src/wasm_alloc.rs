//! The wasm build's memory allocator: power-of-two size classes, each with
//! a free list, carved from memory the module grows and never returns
//! (wasm memory cannot shrink). Checks allocate the same few sizes over and
//! over, so freed blocks are reused at once and memory stays flat (the
//! test suite calls every export 1 000 000 times and measures it). It is a
//! few hundred bytes of wasm instead of dlmalloc's several KB; wasm runs
//! one thread, so no locking is needed.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// Size classes 2^3 … 2^31 bytes.
const MIN_CLASS: usize = 3;
const CLASSES: usize = 29;
const PAGE: usize = 65_536;

struct Heap {
    /// The first free block of each class (0: none); a free block holds the
    /// address of the next one.
    free: [usize; CLASSES],
    /// Start and end of the memory not yet carved into blocks.
    next: usize,
    end: usize,
}

/// The allocator (see the module's docs).
pub struct SizeClasses(UnsafeCell<Heap>);

// Safety: wasm32-unknown-unknown runs a single thread.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    /// An empty heap.
    pub const fn new() -> Self {
        SizeClasses(UnsafeCell::new(Heap { free: [0; CLASSES], next: 0, end: 0 }))
    }
}

impl Default for SizeClasses {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a layout: the smallest power of two holding both its size
/// and its alignment (so every block is aligned to its own size, up to a page).
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    let class = (usize::BITS - (size - 1).leading_zeros()) as usize - MIN_CLASS;
    (class < CLASSES).then_some(class)
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else { return std::ptr::null_mut() };
        let heap = &mut *self.0.get();
        let head = heap.free[class];
        if head != 0 {
            heap.free[class] = *(head as *const usize);
            return head as *mut u8;
        }
        let size = 1usize << (class + MIN_CLASS);
        let align = size.min(PAGE);
        let start = (heap.next + align - 1) & !(align - 1);
        let Some(end) = start.checked_add(size) else { return std::ptr::null_mut() };
        if heap.next == 0 || end > heap.end {
            // Grow memory by whole pages and carve from the new area.
            let pages = size.div_ceil(PAGE) + 1;
            let old = core::arch::wasm32::memory_grow(0, pages);
            if old == usize::MAX {
                return std::ptr::null_mut();
            }
            let base = old * PAGE;
            if heap.end != base {
                heap.next = base;
            }
            heap.end = base + pages * PAGE;
            return self.alloc(layout);
        }
        heap.next = end;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            let heap = &mut *self.0.get();
            *(ptr as *mut usize) = heap.free[class];
            heap.free[class] = ptr as usize;
        }
    }
}
