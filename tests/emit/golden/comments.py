# Generated from js/comments.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class comments(Exchange):
    def double(self, value):
        '''Doubles a value.
        @param {number} value any number "quoted"'''
        return js.multiply(value, 2)  # the result

    # A line comment before a method.
    def run(self):
        # ?> <?php echo 'escaped from a comment'; /*
        x = self.double(2)  # trailing */ ?>
        # a block comment
        # A response looks like this (inner indentation kept):
        #     { 'a': [ 1,
        #              2 ] }
        # a block
        #   indented
        # back
        if js.truthy(x):
            # inside the branch
            return [x, "?>", "*/"]
        return []
        # after the last statement
