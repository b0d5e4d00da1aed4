<?php

// Generated from js/json_null.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class json_null extends Exchange {
    public function side_of($side = null) {
        if ($side === null) {
            $side = 'buy';
        }
        return $side;
    }

    public function run() {
        $response = $this->parse_json(
            '{"order": {"side": null, "price": null, "amount": "1"}, "fills": [null, {"id": null}]}',
        );
        $order = Js::get($response, 'order');
        $fills = Js::get($response, 'fills');
        $side = Js::get($order, 'side') === null ? 'buy' : 'sell';
        $request = $this->extend(['symbol' => 'BTC/USDT'], $order);
        return [
            $side,
            $this->side_of(Js::get($order, 'price')),
            Js::typeof(Js::get($order, 'price')) === 'undefined',
            Js::typeof(Js::get($order, 'price')) === 'object',
            Js::get($fills, 0) === null,
            Js::get(Js::get($fills, 1), 'id') === null,
            Js::has($order, 'side'),
            Js::keys($order),
            Js::length($fills),
            $this->json($request),
            $this->json($fills),
            $this->urlencode($request),
            Js::boundedText('' . Js::toStr(Js::get($order, 'price'))),
            Js::add(Js::get($order, 'price'), 1),
            $this->safe_string($order, 'side', 'none'),
            $this->parse_json('null') === null,
        ];
    }
}
