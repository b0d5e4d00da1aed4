# Generated from js/keys_of_scalars.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class keys_of_scalars(Exchange):
    def run(self):
        response = self.parse_json('{"values":[5,-1,1.5,true,false,0,"ab"]}')
        values = self.safe_list(response, "values")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(values)):
                break
            result.append(
                [js.keys(js.get(values, i)), js.values(js.get(values, i)), self.to_array(js.get(values, i))]
            )
            i += 1
        return result
