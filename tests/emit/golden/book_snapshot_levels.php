<?php

// Generated from js/book_snapshot_levels.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class book_snapshot_levels extends Exchange {
    public function run() {
        $levels = [];
        for ($i = 0; $i < 120; $i++) {
            $price = Js::number(100 + Js::modulo(Js::multiply($i, 37), 60));
            $amount = Js::modulo($i, 7) == 0 ? '0' : $this->number_to_string($i + 1);
            $levels[] = [Js::boundedText(Js::toStr($this->number_to_string($price)) . '.5'), $amount];
        }
        $batch = $this->new_order_book('X/Y');
        $batch = $this->set_book_levels($batch, 'bids', $levels);
        $batch = $this->set_book_levels($batch, 'asks', $levels);
        $single = $this->new_order_book('X/Y');
        for ($i = 0; $i < count($levels); $i++) {
            $single = $this->set_book_level(
                $single,
                'bids',
                Js::get(Js::get($levels, $i), 0),
                Js::get(Js::get($levels, $i), 1),
            );
            $single = $this->set_book_level(
                $single,
                'asks',
                Js::get(Js::get($levels, $i), 0),
                Js::get(Js::get($levels, $i), 1),
            );
        }
        return [
            $this->book_side($batch, 'bids', 5),
            $this->book_side($batch, 'asks', 5),
            Js::get($batch, 'order'),
            Js::strictEqual($this->json($batch), $this->json($single)),
        ];
    }
}
